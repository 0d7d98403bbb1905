# kg_use_warnings(target): the one place where kg's warning flags are set (never via CMAKE_CXX_FLAGS).
function(kg_use_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual)
  # GCC 12 reports -Wrestrict falsely inside std::string at -O3 (GCC bug 105329): silence it there only.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(KG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# kg_add_module(name SOURCES... [DEPENDS targets...] [PRIVATE_DEPENDS targets...]):
# one library per layer (static, or shared under BUILD_SHARED_LIBS), public headers under
# <folder>/include/kg/<layer>/, alias kg::<name>. DEPENDS are what public headers need (other kg layers only: no
# public header includes fmt, abseil or xxHash); everything else is PRIVATE_DEPENDS.
function(kg_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  add_library(kg_${name} ${ARG_SOURCES})
  add_library(kg::${name} ALIAS kg_${name})
  set_target_properties(kg_${name} PROPERTIES EXPORT_NAME ${name})
  target_include_directories(kg_${name} PUBLIC
    $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_link_libraries(kg_${name} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
  kg_use_warnings(kg_${name})
  set_target_properties(kg_${name} PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
  install(TARGETS kg_${name} EXPORT kgTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
          LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
  install(DIRECTORY include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endfunction()
