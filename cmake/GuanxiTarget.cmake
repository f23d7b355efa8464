# Per-target build options for Guanxi's own code: warnings on, -Werror when
# GUANXI_WERROR is set (the CI preset), nothing global.
function(guanxi_target_options target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
    -Wno-missing-field-initializers
    $<$<BOOL:${GUANXI_WERROR}>:-Werror>)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS)
endfunction()
