#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace Guanxi {

// A word list with frequencies and part-of-speech tags (jieba's dict.txt
// format: "word freq pos" a line), held compactly: one buffer of characters, a
// flat entry array and an open-addressing hash. Immutable once loaded, so
// concurrent lookups are safe.
class WordDictionary
{
public:
    struct WordInfo
    {
        quint32 frequency = 0;
        // "nr", "ns", "v", ... (empty when the file gives none): a view of the dictionary's
        // own tag, valid while the dictionary lives (a copied QString cost two atomic
        // reference counts a look-up, and the finders look up at nearly every position).
        QStringView pos;
    };

    WordDictionary() = default;

    // Reads a dictionary file; an unreadable file or one with no valid line is an error.
    static Result<WordDictionary> load(const QString &path);
    // Parses dictionary text; malformed lines are skipped and counted.
    static WordDictionary fromText(QStringView text);

    // A binary image of the loaded tables, for this machine only (host byte
    // order), stamped with the size and modification time of the text it came
    // from. Loading it is a few reads instead of parsing 349k lines (about half
    // a billion instructions); the build writes one for the standard dictionary.
    struct SourceStamp
    {
        qint64 size = -1;
        qint64 modifiedMs = -1; // ms since the epoch

        static SourceStamp of(const QString &path); // size -1 when the file is missing
        bool operator==(const SourceStamp &) const = default;
    };
    Result<void> saveImage(const QString &path, SourceStamp source) const;
    // Refused (an error) when the file is not an image of this version or byte
    // order, or when its stamp is not `source`: the caller then parses the text.
    static Result<WordDictionary> loadImage(const QString &path, SourceStamp source);

    // The system's jieba dictionary, loaded once on first use (thread-safe).
    // Empty when it is missing; standardLoadError() then says why.
    static const WordDictionary &standard();
    static QString standardLoadError();
    // Where the standard dictionary is looked for (found at configure time).
    static QString standardPath();
    // Where the build wrote its image (empty when it did not); standard()
    // loads it when its stamp matches standardPath(), else parses the text.
    static QString standardImagePath();

    bool isEmpty() const { return m_entries.empty(); }
    qsizetype size() const { return m_wordCount; }
    qsizetype skippedLines() const { return m_skippedLines; }
    qsizetype maxWordLength() const { return m_maxWordLength; }
    // Sum of all frequencies: the denominator of a word's probability.
    quint64 totalFrequency() const { return m_totalFrequency; }

    std::optional<WordInfo> lookup(QStringView word) const;
    bool contains(QStringView word) const { return lookup(word).has_value(); }
    // Whether some word starts with prefix (the word itself included).
    bool isPrefix(QStringView prefix) const;
    // Frequency of word, 0 when it is not a word.
    quint32 frequency(QStringView word) const;
    // One probe for segmentation: nothing when no word starts with s, else the
    // frequency of s as a word (0 when it is only a prefix).
    std::optional<quint32> prefixFrequency(QStringView s) const;
    // Length of the longest word that starts at text[pos], at most maxLength; 0 for none.
    qsizetype longestMatch(QStringView text, qsizetype pos, qsizetype maxLength = 64) const;

private:
    struct Entry
    {
        quint32 offset = 0;  // into m_chars
        quint16 length = 0;
        quint8 pos = 0;      // index into m_posTags
        quint8 isWord = 0;   // 0: only a prefix of longer words
        quint32 frequency = 0;
    };
    static constexpr quint32 EmptySlot = 0xFFFFFFFFu;
    // A hash slot keeps its word's full hash beside the entry's index: a probe that
    // meets another word is told so without reading the entry or its characters
    // (two cache misses each in a table of half a million words and prefixes).
    struct Slot
    {
        quint32 entry = EmptySlot;
        quint32 hash = 0;
    };

    static quint32 hashOf(QStringView s);
    const Entry *find(QStringView s) const;
    // find() with the hash already known (hashOf(s)).
    const Entry *findHashed(QStringView s, quint32 hash) const;
    void insert(quint32 offset, quint16 length, quint32 frequency, quint8 pos, bool isWord);
    void rehash(size_t slotCount);

    QString m_chars;
    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots;
    QStringList m_posTags;
    qsizetype m_wordCount = 0;
    qsizetype m_skippedLines = 0;
    qsizetype m_maxWordLength = 0;
    quint64 m_totalFrequency = 0;
};

} // namespace Guanxi
