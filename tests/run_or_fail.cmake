# run(COMMAND...): for the ctest scripts (package_test.cmake, deb_package_test.cmake): runs a command, fails the
# test with its status and output unless it succeeds, and leaves its stdout in `output`.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "failed (${status}): ${ARGN}\n${out}\n${err}")
  endif()
  set(output "${out}" PARENT_SCOPE)
endfunction()
