#include "imageexportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Guanxi {

ImageExportDialog::ImageExportDialog(ImageExportOptions::Format format, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
{
    setWindowTitle(tr("Export image"));
    auto *whole = new QRadioButton(tr("The &whole graph (what the filters show)"), this);
    m_viewOnly = new QRadioButton(tr("Only the nodes in &view"), this);
    whole->setChecked(true);
    auto *scope = new QButtonGroup(this);
    scope->addButton(whole);
    scope->addButton(m_viewOnly);

    // 192 dpi: a PNG sharp on a high-density screen and in print at its size.
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(48, 600);
    m_dpi->setValue(192);
    m_dpi->setSuffix(tr(" dpi"));
    m_width = new QSpinBox(this);
    m_width->setRange(0, 20000);
    m_width->setSpecialValueText(tr("from the resolution"));
    m_width->setSuffix(tr(" px"));
    m_legend = new QCheckBox(tr("Draw the &legend"), this);
    m_legend->setChecked(true);
    m_appendix = new QCheckBox(tr("Add pages with each edge's &evidence"), this);
    m_appendix->setChecked(true);

    const bool png = format == ImageExportOptions::Format::Png;
    m_dpi->setEnabled(png);
    m_width->setEnabled(png);
    m_appendix->setEnabled(format == ImageExportOptions::Format::Pdf);

    auto *form = new QFormLayout;
    form->addRow(tr("Draw:"), whole);
    form->addRow(QString(), m_viewOnly);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("W&idth:"), m_width);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_appendix);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ImageExportOptions ImageExportDialog::options() const
{
    ImageExportOptions options;
    options.format = m_format;
    options.dpi = m_dpi->value();
    options.width = m_width->value();
    options.legend = m_legend->isChecked();
    options.evidenceAppendix = m_format == ImageExportOptions::Format::Pdf && m_appendix->isChecked();
    return options;
}

bool ImageExportDialog::onlyWhatIsInView() const
{
    return m_viewOnly->isChecked();
}

} // namespace Guanxi
