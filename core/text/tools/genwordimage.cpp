// Parses a jieba-style dictionary once and writes WordDictionary's binary
// image of it: run by the build for the standard dictionary, so that no
// process parses 349k lines at start-up.

#include "text/worddictionary.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DICT.txt OUTPUT.image\n", argv[0]);
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    const Guanxi::Result<Guanxi::WordDictionary> dict = Guanxi::WordDictionary::load(source);
    if (!dict) {
        std::fprintf(stderr, "%s\n", qPrintable(dict.error().toString()));
        return 1;
    }
    const Guanxi::Result<void> saved = dict->saveImage(output, Guanxi::WordDictionary::SourceStamp::of(source));
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
        return 1;
    }
    return 0;
}
