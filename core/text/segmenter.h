#pragma once

#include "textspan.h"
#include "worddictionary.h"

#include <QList>
#include <QStringView>

namespace Guanxi {

// Cuts Chinese text into words the way jieba does without its HMM: within a
// run of ideographs and Latin letters/digits, a DAG of every dictionary word,
// then the route of highest probability (word frequency / total). Runs of
// single Latin letters or digits are merged ("OpenAI", "2025"); punctuation
// is one token a character; white space is dropped. Linear in the text for a
// bounded word length. Holds a reference: the dictionary must outlive it.
class Segmenter
{
public:
    explicit Segmenter(const WordDictionary &dictionary);

    QList<TextSpan> segment(QStringView text) const;

private:
    void segmentBlock(QStringView text, qsizetype start, qsizetype end, QList<TextSpan> &out) const;

    const WordDictionary &m_dictionary;
};

} // namespace Guanxi
