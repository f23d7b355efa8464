#pragma once

#include "model/entity.h"
#include "store/curation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Guanxi {

// Asks for a relation's type, time, role, amount and (for a new relation) a
// note, offering only the types SCHEMA.md allows between the two entities.
class RelationDialog : public QDialog
{
    Q_OBJECT

public:
    RelationDialog(const Entity &source, const Entity &target, QWidget *parent = nullptr);
    // Editing: starts from the relation's attributes and has no note.
    void setAttributes(const Relation &relation);

    RelationAttributes attributes() const;
    QString note() const;
    // The time as typed is a time (or empty).
    bool isTimeValid() const;
    bool hasAllowedType() const;

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *timeEdit() const { return m_time; }
    QLineEdit *roleEdit() const { return m_role; }
    QLineEdit *amountEdit() const { return m_amount; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    void updateOk();

    QComboBox *m_type;
    QLineEdit *m_time;
    QLineEdit *m_role;
    QLineEdit *m_amount;
    QPlainTextEdit *m_note;
    QPushButton *m_ok = nullptr;
    bool m_isEditing = false;
};

} // namespace Guanxi
