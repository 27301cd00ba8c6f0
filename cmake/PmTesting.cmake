# pm_add_test(NAME <name> SOURCES <files…> LIBS <targets…> LABELS <labels…> [NEEDS_DB])
# One executable per test class (the KeePassXC layout). NEEDS_DB attaches the throwaway
# PostgreSQL fixture that tests/support/TestPgMain starts once per ctest run.
function(pm_add_test)
    cmake_parse_arguments(T "NEEDS_DB" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE pm_common Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(_env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "QT_QPA_PLATFORM=offscreen"
        "PM_TEST_PG_STATE=${PM_TEST_PG_STATE}")
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "${_env}" TIMEOUT ${T_TIMEOUT})
    if(T_NEEDS_DB)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED pm_postgres)
    endif()
endfunction()
