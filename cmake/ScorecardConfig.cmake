# One INTERFACE target carries the language standard, warnings and Qt
# strictness defines; every target of the project links it.
add_library(scorecard_config INTERFACE)
target_compile_features(scorecard_config INTERFACE cxx_std_20)
target_compile_options(scorecard_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
target_compile_definitions(scorecard_config INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_STRICT_ITERATORS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  SCORECARD_VERSION="${PROJECT_VERSION}")
if(SCORECARD_WERROR)
  target_compile_options(scorecard_config INTERFACE -Werror)
endif()
if(SCORECARD_SANITIZE)
  target_compile_options(scorecard_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(scorecard_config INTERFACE -fsanitize=address,undefined)
endif()

# Adds one GoogleTest executable per unit: scorecard_add_test(test_name SOURCES ... LIBS ...)
function(scorecard_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE scorecard_config ${ARG_LIBS} GTest::gtest GTest::gmock)
  target_compile_definitions(${name} PRIVATE
    SCORECARD_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
    SCORECARD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
