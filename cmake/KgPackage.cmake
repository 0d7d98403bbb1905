# Installs kg as a CMake package (find_package(kg) then target_link_libraries(app kg::kg)) and a pkg-config file
# (pkg-config --cflags --libs kg; --static for static libraries), and builds a Debian package with CPack.
include(CMakePackageConfigHelpers)
add_library(kg_all INTERFACE)
add_library(kg::kg ALIAS kg_all)
set_target_properties(kg_all PROPERTIES EXPORT_NAME kg)
set(KG_PC_LIBS "")
foreach(module graph ingest query analytics render export cypher)
  if(TARGET kg_${module})
    target_link_libraries(kg_all INTERFACE kg_${module})
    set(KG_PC_LIBS "-lkg_${module} ${KG_PC_LIBS}")  # a layer before the layers it depends on
  endif()
endforeach()
string(STRIP "${KG_PC_LIBS}" KG_PC_LIBS)
if(BUILD_SHARED_LIBS)
  set(KG_STATIC_LIBRARIES OFF)
else()
  set(KG_STATIC_LIBRARIES ON)  # a consumer links the libraries' own dependencies too
endif()
install(TARGETS kg_all EXPORT kgTargets)
install(EXPORT kgTargets NAMESPACE kg:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kgConfig.cmake.in
  ${PROJECT_BINARY_DIR}/kgConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgConfig.cmake ${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/FindxxHash.cmake
              ${PROJECT_SOURCE_DIR}/cmake/Findutf8proc.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)

# pkg-config: kg.pc beside the CMake package's folder, relocatable (the prefix is found from the file's place).
file(RELATIVE_PATH KG_PC_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" KG_PC_PREFIX "${KG_PC_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/kg.pc.in ${PROJECT_BINARY_DIR}/kg.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/kg.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# cpack -G DEB (in the build folder): kg_<version>_<arch>.deb with the program, man pages, completion, headers,
# libraries and both package files, installed under /usr. Runtime dependencies from dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME kg)
set(CPACK_PACKAGE_VENDOR "kg")
set(CPACK_PACKAGE_CONTACT "kg developers <kg@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "build, query and export typed knowledge graphs from analysts' facts")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_GENERATOR DEB)
include(CPack)
