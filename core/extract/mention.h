#pragma once

#include "model/types.h"

#include <QString>
#include <QStringList>

namespace Guanxi::Internal {

// One occurrence of a name (or a pronoun resolved to one) in the text, with
// the document entity it stands for once the entities are known.
struct Mention
{
    qsizetype start = 0;          // in the document text
    qsizetype end = 0;
    EntityType type = EntityType::Person;
    OrgKind kind = OrgKind::None;
    QString surface;              // the text as written
    QString name;                 // display name (lexicon name, or the surface)
    QStringList aliases;          // other names this mention brings (the English of a pair)
    int lexiconEntry = -1;        // index into the Lexicon, or -1
    int entity = -1;              // index of the document entity, set by the pipeline
    bool isPronoun = false;       // 他, 该公司 ...: resolved, not a name
    bool isDescription = false;   // found by a generic suffix only (图片库公司): dropped before a name
};

} // namespace Guanxi::Internal
