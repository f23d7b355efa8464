#include "relationdialog.h"

#include "graphstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Guanxi {

RelationDialog::RelationDialog(const Entity &source, const Entity &target, QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox)
    , m_time(new QLineEdit)
    , m_role(new QLineEdit)
    , m_amount(new QLineEdit)
    , m_note(new QPlainTextEdit)
{
    setWindowTitle(tr("Relation"));
    for (RelationType type : allRelationTypes) {
        if (isAllowed(type, source.type, target.type))
            m_type->addItem(GraphStyle::relationLabel(type), QVariant::fromValue(int(type)));
    }
    m_time->setPlaceholderText(tr("2024, 2024-06, 2024-06-03 or 2024-W31; empty when unknown"));
    m_role->setPlaceholderText(tr("CEO, 总裁"));
    m_amount->setPlaceholderText(tr("10亿美元"));
    m_note->setPlaceholderText(tr("How you know it; shown as the relation's evidence"));
    m_note->setMaximumHeight(80);

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("<b>%1</b> → <b>%2</b>").arg(source.name.toHtmlEscaped(), target.name.toHtmlEscaped())));
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_time, &QLineEdit::textChanged, this, &RelationDialog::updateOk);
    updateOk();
}

void RelationDialog::setAttributes(const Relation &relation)
{
    const int index = m_type->findData(QVariant::fromValue(int(relation.type)));
    if (index >= 0)
        m_type->setCurrentIndex(index);
    m_time->setText(relation.time.isValid() ? relation.time.toString() : QString());
    m_role->setText(relation.role);
    m_amount->setText(relation.amount);
    m_isEditing = true;
    m_note->hide();
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_note, false);
}

RelationAttributes RelationDialog::attributes() const
{
    RelationAttributes a;
    a.type = RelationType(m_type->currentData().toInt());
    a.time = TimePoint::parse(m_time->text().trimmed()).value_or(TimePoint());
    a.role = m_role->text().trimmed();
    a.amount = m_amount->text().trimmed();
    return a;
}

QString RelationDialog::note() const
{
    return m_isEditing ? QString() : m_note->toPlainText().trimmed();
}

bool RelationDialog::isTimeValid() const
{
    const QString text = m_time->text().trimmed();
    return text.isEmpty() || TimePoint::parse(text).has_value();
}

bool RelationDialog::hasAllowedType() const
{
    return m_type->count() > 0;
}

void RelationDialog::updateOk()
{
    m_ok->setEnabled(hasAllowedType() && isTimeValid());
    m_time->setToolTip(isTimeValid() ? QString() : tr("Not a time: write 2024, 2024-06, 2024-06-03 or 2024-W31"));
}

} // namespace Guanxi
