# `format` rewrites every C++ file in place; `format-check` fails when one is not formatted.
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-16 clang-format-15 clang-format-14)
if(CLANG_FORMAT_EXE)
    set(_pm_format_dirs app core ui tests)
    add_custom_target(format
        COMMAND git ls-files -- ${_pm_format_dirs} | grep -E "\\.(cpp|h)$" | xargs ${CLANG_FORMAT_EXE} -i
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
        COMMENT "clang-format (in place)" VERBATIM)
    add_custom_target(format-check
        COMMAND git ls-files -- ${_pm_format_dirs} | grep -E "\\.(cpp|h)$" | xargs ${CLANG_FORMAT_EXE} --dry-run --Werror
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
        COMMENT "clang-format (check)" VERBATIM)
endif()
