#include "curationcommand.h"

namespace Guanxi {

CurationCommand::CurationCommand(Curation &curation, const EditRecord &record, const QString &text, ErrorSink onError)
    : m_curation(curation), m_record(record), m_onError(std::move(onError))
{
    setText(text);
}

void CurationCommand::undo()
{
    auto undone = m_curation.undo(m_record.id);
    if (!undone) {
        setObsolete(true);
        if (m_onError)
            m_onError(undone.error());
        return;
    }
    m_isDone = false;
}

void CurationCommand::redo()
{
    if (m_isDone)
        return;
    auto redone = m_curation.redo(m_record.id);
    if (!redone) {
        setObsolete(true);
        if (m_onError)
            m_onError(redone.error());
        return;
    }
    m_isDone = true;
}

} // namespace Guanxi
