#pragma once

// Early return of a Result's error, for the store's many small SQL steps.
// Only for the store's .cpp files.

#define GUANXI_TRY(var, expr)                                                                      \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return tl::unexpected(var.error());

#define GUANXI_TRY_VOID(expr)                                                                      \
    do {                                                                                           \
        auto guanxiResult_ = (expr);                                                               \
        if (!guanxiResult_)                                                                        \
            return tl::unexpected(guanxiResult_.error());                                          \
    } while (false)
