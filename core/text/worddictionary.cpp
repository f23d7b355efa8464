#include "worddictionary.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstring>
#include <limits>

namespace Guanxi {

quint32 WordDictionary::hashOf(QStringView s)
{
    // FNV-1a over UTF-16 units: deterministic and cheap for 1–4 character words.
    quint32 h = 2166136261u;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

const WordDictionary::Entry *WordDictionary::find(QStringView s) const
{
    if (s.size() > 0xFFFF)
        return nullptr;
    return findHashed(s, hashOf(s));
}

const WordDictionary::Entry *WordDictionary::findHashed(QStringView s, quint32 hash) const
{
    if (m_slots.empty() || s.isEmpty())
        return nullptr;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot slot = m_slots[i];
        if (slot.entry == EmptySlot)
            return nullptr;
        if (slot.hash != hash)
            continue;
        const Entry &e = m_entries[slot.entry];
        // memcmp inlines; QStringView's == is an out-of-line call on the hot path.
        if (e.length == s.size()
            && std::memcmp(m_chars.constData() + e.offset, s.data(), size_t(s.size()) * sizeof(QChar)) == 0)
            return &e;
    }
}

void WordDictionary::rehash(size_t slotCount)
{
    m_slots.assign(slotCount, Slot{});
    const size_t mask = slotCount - 1;
    for (quint32 idx = 0; idx < m_entries.size(); ++idx) {
        const Entry &e = m_entries[idx];
        const quint32 hash = hashOf(QStringView(m_chars).mid(e.offset, e.length));
        size_t i = hash & mask;
        while (m_slots[i].entry != EmptySlot)
            i = (i + 1) & mask;
        m_slots[i] = Slot{idx, hash};
    }
}

void WordDictionary::insert(quint32 offset, quint16 length, quint32 frequency, quint8 pos, bool isWord)
{
    // Keep the load factor under one half so probes stay short.
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(1024, m_slots.size() * 2));
    const QStringView key = QStringView(m_chars).mid(offset, length);
    const size_t mask = m_slots.size() - 1;
    const quint32 hash = hashOf(key);
    size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
        const Slot slot = m_slots[i];
        if (slot.entry == EmptySlot)
            break;
        Entry &e = m_entries[slot.entry];
        if (e.length == length && QStringView(m_chars).mid(e.offset, e.length) == key) {
            if (isWord) {
                // A later line for the same word, or a word that was only a prefix so far.
                if (e.isWord)
                    m_totalFrequency -= e.frequency;
                else
                    ++m_wordCount;
                e.isWord = 1;
                e.frequency = frequency;
                e.pos = pos;
                m_totalFrequency += frequency;
            }
            return;
        }
    }
    m_slots[i] = Slot{quint32(m_entries.size()), hash};
    m_entries.push_back(Entry{offset, length, pos, quint8(isWord ? 1 : 0), isWord ? frequency : 0});
    if (isWord) {
        ++m_wordCount;
        m_totalFrequency += frequency;
    }
}

WordDictionary WordDictionary::fromText(QStringView text)
{
    WordDictionary dict;
    dict.m_posTags.append(QString());
    dict.m_chars.reserve(text.size() / 2);
    // Size the table once from the line count (a word and about one new prefix a line).
    const qsizetype lines = text.count(u'\n') + 1;
    dict.m_entries.reserve(size_t(lines) * 2);
    size_t slotCount = 1024;
    while (slotCount < size_t(lines) * 4)
        slotCount *= 2;
    dict.rehash(slotCount);
    qsizetype lineStart = 0;
    qsizetype lastPos = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = text.mid(lineStart, lineEnd - lineStart).trimmed();
        lineStart = lineEnd + 1;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // word [freq [pos]]; a missing frequency counts as 1.
        const qsizetype sp1 = line.indexOf(u' ');
        const QStringView word = sp1 < 0 ? line : line.first(sp1);
        quint32 freq = 1;
        QStringView pos;
        if (sp1 >= 0) {
            QStringView rest = line.sliced(sp1 + 1).trimmed();
            const qsizetype sp2 = rest.indexOf(u' ');
            const QStringView freqText = sp2 < 0 ? rest : rest.first(sp2);
            // By hand: QStringView::toULongLong allocates, and this runs 349k times.
            bool ok = !freqText.isEmpty() && freqText.size() <= 10;
            quint64 f = 0;
            for (const QChar c : freqText) {
                if (c < u'0' || c > u'9') {
                    ok = false;
                    break;
                }
                f = f * 10 + quint64(c.unicode() - u'0');
            }
            if (!ok || f > 0xFFFFFFFFull) {
                ++dict.m_skippedLines;
                continue;
            }
            freq = quint32(f);
            if (sp2 >= 0)
                pos = rest.sliced(sp2 + 1).trimmed();
        }
        if (word.size() > 0xFFFF) {
            ++dict.m_skippedLines;
            continue;
        }
        qsizetype posIndex = 0;
        if (!pos.isEmpty()) {
            // Lines of the same tag come in runs: try the last one first.
            if (pos == QStringView(dict.m_posTags.at(lastPos)))
                posIndex = lastPos;
            else
                posIndex = dict.m_posTags.indexOf(pos);
            if (posIndex < 0) {
                if (dict.m_posTags.size() >= 255) {
                    posIndex = 0;
                } else {
                    posIndex = dict.m_posTags.size();
                    dict.m_posTags.append(pos.toString());
                }
            }
            lastPos = posIndex;
        }
        const auto offset = quint32(dict.m_chars.size());
        dict.m_chars.append(word);
        const auto length = quint16(word.size());
        dict.insert(offset, length, freq, quint8(posIndex), true);
        // Proper prefixes point into the word's own characters: no extra text stored.
        for (quint16 k = 1; k < length; ++k)
            dict.insert(offset, k, 0, 0, false);
        dict.m_maxWordLength = std::max<qsizetype>(dict.m_maxWordLength, length);
    }
    dict.m_chars.squeeze();
    dict.m_entries.shrink_to_fit();
    return dict;
}

Result<WordDictionary> WordDictionary::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Category::Io, QStringLiteral("cannot read the word dictionary %1").arg(path),
                         file.errorString());
    const QString text = QString::fromUtf8(file.readAll());
    WordDictionary dict = fromText(text);
    if (dict.isEmpty())
        return makeError(Error::Category::Parse,
                         QStringLiteral("the word dictionary %1 has no words (expected \"word frequency pos\" lines)").arg(path));
    return dict;
}

namespace {

// The image's fixed header; the arrays follow it in this order: POS tags
// (UTF-16, '\n'-separated), characters (UTF-16), entries, slots.
struct ImageHeader
{
    char magic[8];
    quint32 version;
    quint32 byteOrder; // ImageByteOrder as the writer saw it
    qint64 sourceSize;
    qint64 sourceModifiedMs;
    quint64 posTagChars;
    quint64 charCount;
    quint64 entryCount;
    quint64 slotCount;
    qint64 wordCount;
    qint64 skippedLines;
    qint64 maxWordLength;
    quint64 totalFrequency;
};
constexpr char ImageMagic[8] = {'G', 'X', 'W', 'D', 'I', 'M', 'G', '\0'};
// Bump when Entry, the hash or the layout changes: an old image is then refused.
constexpr quint32 ImageVersion = 2; // 2: slots keep their word's hash
constexpr quint32 ImageByteOrder = 0x01020304u;

bool readExactly(QFile &file, void *data, qint64 bytes)
{
    return bytes == 0 || file.read(static_cast<char *>(data), bytes) == bytes;
}

} // namespace

WordDictionary::SourceStamp WordDictionary::SourceStamp::of(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return SourceStamp{info.size(), info.lastModified().toMSecsSinceEpoch()};
}

Result<void> WordDictionary::saveImage(const QString &path, SourceStamp source) const
{
    const QString tags = m_posTags.join(QLatin1Char('\n'));
    ImageHeader h{};
    std::memcpy(h.magic, ImageMagic, sizeof h.magic);
    h.version = ImageVersion;
    h.byteOrder = ImageByteOrder;
    h.sourceSize = source.size;
    h.sourceModifiedMs = source.modifiedMs;
    h.posTagChars = quint64(tags.size());
    h.charCount = quint64(m_chars.size());
    h.entryCount = m_entries.size();
    h.slotCount = m_slots.size();
    h.wordCount = m_wordCount;
    h.skippedLines = m_skippedLines;
    h.maxWordLength = m_maxWordLength;
    h.totalFrequency = m_totalFrequency;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Category::Io, QStringLiteral("cannot write the word dictionary image %1").arg(path),
                         file.errorString());
    file.write(reinterpret_cast<const char *>(&h), sizeof h);
    file.write(reinterpret_cast<const char *>(tags.constData()), qint64(tags.size()) * qint64(sizeof(QChar)));
    file.write(reinterpret_cast<const char *>(m_chars.constData()), qint64(m_chars.size()) * qint64(sizeof(QChar)));
    file.write(reinterpret_cast<const char *>(m_entries.data()), qint64(m_entries.size() * sizeof(Entry)));
    file.write(reinterpret_cast<const char *>(m_slots.data()), qint64(m_slots.size() * sizeof(Slot)));
    if (!file.commit())
        return makeError(Error::Category::Io, QStringLiteral("cannot write the word dictionary image %1").arg(path),
                         file.errorString());
    return {};
}

Result<WordDictionary> WordDictionary::loadImage(const QString &path, SourceStamp source)
{
    const auto refused = [&](const QString &why) {
        return makeError(Error::Category::Parse, QStringLiteral("the word dictionary image %1 is not usable").arg(path), why);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Category::Io, QStringLiteral("cannot read the word dictionary image %1").arg(path),
                         file.errorString());
    ImageHeader h{};
    if (!readExactly(file, &h, sizeof h) || std::memcmp(h.magic, ImageMagic, sizeof h.magic) != 0)
        return refused(QStringLiteral("not a word dictionary image"));
    if (h.version != ImageVersion || h.byteOrder != ImageByteOrder)
        return refused(QStringLiteral("written by another version or on another machine"));
    if (h.sourceSize != source.size || h.sourceModifiedMs != source.modifiedMs)
        return refused(QStringLiteral("the dictionary text changed since the image was written"));
    // The arrays' sizes must add up to the file's, so a truncated or padded file is refused.
    const quint64 expected = sizeof h + (h.posTagChars + h.charCount) * sizeof(QChar) + h.entryCount * sizeof(Entry)
                             + h.slotCount * sizeof(Slot);
    if (quint64(file.size()) != expected || h.charCount > quint64(std::numeric_limits<quint32>::max())
        || h.slotCount == 0 || (h.slotCount & (h.slotCount - 1)) != 0 || h.entryCount >= h.slotCount)
        return refused(QStringLiteral("its sizes do not match"));

    WordDictionary dict;
    QString tags(qsizetype(h.posTagChars), Qt::Uninitialized);
    dict.m_chars = QString(qsizetype(h.charCount), Qt::Uninitialized);
    dict.m_entries.resize(h.entryCount);
    dict.m_slots.resize(h.slotCount);
    if (!readExactly(file, tags.data(), qint64(h.posTagChars * sizeof(QChar)))
        || !readExactly(file, dict.m_chars.data(), qint64(h.charCount * sizeof(QChar)))
        || !readExactly(file, dict.m_entries.data(), qint64(h.entryCount * sizeof(Entry)))
        || !readExactly(file, dict.m_slots.data(), qint64(h.slotCount * sizeof(Slot))))
        return refused(file.errorString());
    // Slots and entries index each other and the characters: check them once
    // here rather than trust the file on every look-up.
    for (const Slot &slot : dict.m_slots) {
        if (slot.entry != EmptySlot && slot.entry >= h.entryCount)
            return refused(QStringLiteral("a slot points past the entries"));
    }
    dict.m_posTags = tags.split(QLatin1Char('\n'));
    for (const Entry &e : dict.m_entries) {
        if (quint64(e.offset) + e.length > h.charCount || e.pos >= dict.m_posTags.size())
            return refused(QStringLiteral("an entry points past the characters"));
    }
    dict.m_wordCount = h.wordCount;
    dict.m_skippedLines = h.skippedLines;
    dict.m_maxWordLength = h.maxWordLength;
    dict.m_totalFrequency = h.totalFrequency;
    return dict;
}

QString WordDictionary::standardPath()
{
#ifdef GUANXI_JIEBA_DICT
    return QStringLiteral(GUANXI_JIEBA_DICT);
#else
    return QString();
#endif
}

QString WordDictionary::standardImagePath()
{
#ifdef GUANXI_JIEBA_IMAGE
    return QStringLiteral(GUANXI_JIEBA_IMAGE);
#else
    return QString();
#endif
}

namespace {

struct StandardDictionary
{
    WordDictionary dictionary;
    QString error;
};

const StandardDictionary &standardDictionary()
{
    // Function-local static: loaded once on first use, thread-safe by the language.
    static const StandardDictionary s = [] {
        StandardDictionary d;
        const QString path = WordDictionary::standardPath();
        if (path.isEmpty()) {
            d.error = QStringLiteral("no word dictionary: jieba's dict.txt was not found when Guanxi was configured "
                                     "(install python3-jieba and reconfigure)");
            return d;
        }
        // The build's image when it was made from this very file; any doubt
        // (missing, stale, another version) falls back to parsing the text.
        const QString imagePath = WordDictionary::standardImagePath();
        if (!imagePath.isEmpty()) {
            Result<WordDictionary> image = WordDictionary::loadImage(imagePath, WordDictionary::SourceStamp::of(path));
            if (image && !image->isEmpty()) {
                d.dictionary = std::move(*image);
                return d;
            }
        }
        Result<WordDictionary> loaded = WordDictionary::load(path);
        if (loaded)
            d.dictionary = std::move(*loaded);
        else
            d.error = loaded.error().toString();
        return d;
    }();
    return s;
}

} // namespace

const WordDictionary &WordDictionary::standard()
{
    return standardDictionary().dictionary;
}

QString WordDictionary::standardLoadError()
{
    return standardDictionary().error;
}

std::optional<WordDictionary::WordInfo> WordDictionary::lookup(QStringView word) const
{
    const Entry *e = find(word);
    if (!e || !e->isWord)
        return std::nullopt;
    return WordInfo{e->frequency, m_posTags.at(e->pos)};
}

bool WordDictionary::isPrefix(QStringView prefix) const
{
    return find(prefix) != nullptr;
}

quint32 WordDictionary::frequency(QStringView word) const
{
    const Entry *e = find(word);
    return e && e->isWord ? e->frequency : 0;
}

std::optional<quint32> WordDictionary::prefixFrequency(QStringView s) const
{
    const Entry *e = find(s);
    if (!e)
        return std::nullopt;
    return e->isWord ? e->frequency : 0;
}

qsizetype WordDictionary::longestMatch(QStringView text, qsizetype pos, qsizetype maxLength) const
{
    qsizetype best = 0;
    const qsizetype limit = std::min({text.size() - pos, maxLength, m_maxWordLength});
    // FNV-1a extends one unit at a time: each longer prefix costs one step of
    // hashing, not a rehash of the whole prefix (the mention finder's hot path).
    quint32 hash = 2166136261u;
    for (qsizetype len = 1; len <= limit; ++len) {
        hash ^= text[pos + len - 1].unicode();
        hash *= 16777619u;
        const Entry *e = findHashed(text.mid(pos, len), hash);
        if (!e)
            break; // no word continues this prefix
        if (e->isWord)
            best = len;
    }
    return best;
}

} // namespace Guanxi
