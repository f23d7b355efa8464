#pragma once

#include "store/curation.h"

#include <QUndoCommand>

#include <functional>

namespace Guanxi {

// A user edit on the viewer's undo stack. The edit is made and logged by
// Curation before the command is pushed (so a refused edit never reaches the
// stack); undo and redo go through Curation::undo/redo with the edit's id, so
// the stack and the edit log in the database always agree. A step that fails
// (the graph changed in a way that conflicts) reports the error and makes the
// command obsolete, which drops it from the stack.
class CurationCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const Error &)>;

    void undo() override;
    void redo() override;

    const EditRecord &record() const { return m_record; }

protected:
    CurationCommand(Curation &curation, const EditRecord &record, const QString &text, ErrorSink onError);

private:
    Curation &m_curation;
    EditRecord m_record;
    ErrorSink m_onError;
    bool m_isDone = true;  // the first redo(), from QUndoStack::push, finds the edit made
};

} // namespace Guanxi
