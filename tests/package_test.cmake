# ctest script: install kg into a temporary prefix, build examples/find-package against it with find_package(kg),
# and run it on a graph of the example case. Proves the exported CMake package works for a consumer.
# Inputs: BUILD_DIR, SOURCE_DIR, WORK_DIR, KG (the kg executable).
file(REMOVE_RECURSE "${WORK_DIR}")
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "failed (${status}): ${ARGN}\n${out}\n${err}")
  endif()
  set(output "${out}" PARENT_SCOPE)
endfunction()
run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix")
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/examples/find-package" -B "${WORK_DIR}/consumer" -G Ninja
    "-DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix" -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build "${WORK_DIR}/consumer")
run("${KG}" build -q "${SOURCE_DIR}/examples/tajikistan-2010/case.json" -o "${WORK_DIR}/case.kg")
run("${KG}" info --format json "${WORK_DIR}/case.kg")
string(JSON nodes GET "${output}" nodes)
string(JSON edges GET "${output}" edges)
run("${WORK_DIR}/consumer/graph_counts" "${WORK_DIR}/case.kg")
if(NOT output MATCHES "nodes: ${nodes}\n" OR NOT output MATCHES "edges: ${edges}\n")
  message(FATAL_ERROR "graph_counts printed:\n${output}\nexpected nodes: ${nodes}, edges: ${edges}")
endif()
message(STATUS "find_package(kg) consumer read ${nodes} nodes and ${edges} edges")
