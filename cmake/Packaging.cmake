# Installs Scorecard like a desktop app (menu entry, icon, AppStream metadata,
# man page) and builds a Debian package with CPack:
#   cmake --build build --target package   ->  build/scorecard_<version>_amd64.deb
# scripts/check-package.sh builds it and checks its file list and dependencies.
include(GNUInstallDirs)

install(FILES ${CMAKE_SOURCE_DIR}/resources/scorecard.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/scorecard.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/resources/io.github.scorecard.Scorecard.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/man/scorecard.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/scorecard)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/scorecard/docs
        PATTERN "images" EXCLUDE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME scorecard)
set(CPACK_PACKAGE_VENDOR "Scorecard developers")
set(CPACK_PACKAGE_CONTACT "Scorecard developers <maintainers@scorecard.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/scorecard/scorecard")
# dpkg-shlibdeps finds the libraries the binary and modules link (Qt,
# libpq, QuaZip, SQLite). Plugins are loaded at run time, so name them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Balanced scorecards for contact-center teams\n Turns the monthly exports of a support team into weighted balanced\n scorecards, one per agent, and one-page dashboards for the monthly 1:1.")
include(CPack)
