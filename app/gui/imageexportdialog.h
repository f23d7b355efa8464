#pragma once

#include "imageexporter.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace Guanxi {

// Asks how File > Export image draws the graph: all of it or only what is in
// view, the resolution or width of a PNG, the legend, and the PDF's evidence
// appendix. Resolution, width and legend are `guanxi-cli export`'s --dpi,
// --width and --no-legend; the picture itself is ImageExporter's.
class ImageExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `format` decides which choices apply (width and resolution: PNG; appendix: PDF).
    explicit ImageExportDialog(ImageExportOptions::Format format, QWidget *parent = nullptr);

    ImageExportOptions options() const;
    bool onlyWhatIsInView() const;

    QRadioButton *viewOnlyButton() const { return m_viewOnly; }
    QSpinBox *dpiBox() const { return m_dpi; }
    QSpinBox *widthBox() const { return m_width; }
    QCheckBox *legendBox() const { return m_legend; }
    QCheckBox *appendixBox() const { return m_appendix; }

private:
    ImageExportOptions::Format m_format;
    QRadioButton *m_viewOnly;
    QSpinBox *m_dpi;
    QSpinBox *m_width;
    QCheckBox *m_legend;
    QCheckBox *m_appendix;
};

} // namespace Guanxi
