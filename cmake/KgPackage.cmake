# Installs kg as a CMake package: find_package(kg) then target_link_libraries(app kg::kg).
include(CMakePackageConfigHelpers)
add_library(kg_all INTERFACE)
add_library(kg::kg ALIAS kg_all)
set_target_properties(kg_all PROPERTIES EXPORT_NAME kg)
foreach(module graph ingest query analytics render export)
  if(TARGET kg_${module})
    target_link_libraries(kg_all INTERFACE kg_${module})
  endif()
endforeach()
install(TARGETS kg_all EXPORT kgTargets)
install(EXPORT kgTargets NAMESPACE kg:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kgConfig.cmake.in
  ${PROJECT_BINARY_DIR}/kgConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgConfig.cmake ${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/FindxxHash.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
