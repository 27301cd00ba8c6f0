# pm_common: the one INTERFACE target every project target links. It carries the language
# standard, warnings, hardening and the Qt strictness macros (after qBittorrent's CommonConfig).
add_library(pm_common INTERFACE)
target_compile_features(pm_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_include_directories(pm_common INTERFACE "${CMAKE_BINARY_DIR}/generated")

target_compile_definitions(pm_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_FORCE_ASSERTS
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>
)

if(MSVC)
    target_compile_options(pm_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(PM_WERROR)
        target_compile_options(pm_common INTERFACE /WX)
    endif()
else()
    target_compile_options(pm_common INTERFACE
        -Wall -Wextra -pedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
        -Wcast-align -Wformat=2 -Wimplicit-fallthrough
        -fstack-protector-strong)
    if(PM_WERROR)
        target_compile_options(pm_common INTERFACE -Werror)
    endif()
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_definitions(pm_common INTERFACE _FORTIFY_SOURCE=3)
    endif()
    target_compile_definitions(pm_common INTERFACE _GLIBCXX_ASSERTIONS)
    if(NOT APPLE)
        target_link_options(pm_common INTERFACE -Wl,-z,relro,-z,now -Wl,--as-needed)
    endif()
    if(WITH_ASAN)
        target_compile_options(pm_common INTERFACE -fsanitize=address -fno-omit-frame-pointer)
        target_link_options(pm_common INTERFACE -fsanitize=address)
    endif()
    if(WITH_UBSAN)
        target_compile_options(pm_common INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
        target_link_options(pm_common INTERFACE -fsanitize=undefined)
    endif()
    if(WITH_COVERAGE)
        target_compile_options(pm_common INTERFACE --coverage)
        target_link_options(pm_common INTERFACE --coverage)
    endif()
endif()
