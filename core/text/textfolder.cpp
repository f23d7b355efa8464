#include "textfolder.h"

#include "foldtablebuilder.h"

#include <QElapsedTimer>

namespace Guanxi {

namespace {

struct FoldPair
{
    char16_t from;
    char16_t to;
};

// Built at compile time by tools/genfoldtable from ICU (Traditional-Simplified,
// NFKC): building it here took about 0.1 s of every process's start-up.
constexpr FoldPair s_foldPairs[] = {
#include "foldtable.inc"
};

struct FoldData
{
    Internal::FoldTable table;
    qint64 buildNs = 0;
};

FoldData buildFoldData()
{
    QElapsedTimer timer;
    timer.start();
    FoldData data;
    for (char32_t u = 0; u < 0x10000; ++u)
        data.table[u] = char16_t(u);
    for (const FoldPair &p : s_foldPairs)
        data.table[p.from] = p.to;
    data.buildNs = timer.nsecsElapsed();
    return data;
}

const FoldData &foldData()
{
    // Function-local static: built on first use, thread-safe by the language.
    static const FoldData data = buildFoldData();
    return data;
}

} // namespace

QString TextFolder::fold(QStringView text)
{
    const Internal::FoldTable &table = foldData().table;
    QString out(text.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const char16_t *src = text.utf16();
    for (qsizetype i = 0, n = text.size(); i < n; ++i)
        dst[i] = table[src[i]];
    return out;
}

QChar TextFolder::foldChar(QChar c)
{
    return QChar(foldData().table[c.unicode()]);
}

qint64 TextFolder::tableBuildNanoseconds()
{
    return foldData().buildNs;
}

} // namespace Guanxi
