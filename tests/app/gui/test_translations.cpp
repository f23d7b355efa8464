#include "guitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

const QString tsPath = QStringLiteral(GUANXI_RESOURCES_DIR "/translations/guanxi_zh_CN.ts");

// Words that read the same in both interfaces: names, formats and each
// language's own name in the Language menu.
const QSet<QString> sameInBothLanguages{QStringLiteral("Guanxi"), QStringLiteral("English"), QStringLiteral("简体中文"),
                                        QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF"),
                                        QStringLiteral("JSON")};

struct TsMessage
{
    QString context;
    QString source;
    bool isFinished = true;
};

// The messages lupdate keeps for the sources (vanished and obsolete ones left out).
QList<TsMessage> currentMessages(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool isKept = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage{context, QString(), true};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            isKept = type != QLatin1String("vanished") && type != QLatin1String("obsolete");
            message.isFinished = type != QLatin1String("unfinished");
            // A plural message holds its forms in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty())
                message.isFinished = false;
            if (isKept)
                messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

// What the user reads on the main window without opening anything: menus and
// their actions, toolbar buttons, dock titles, labels, buttons, group boxes
// and the search box's hint.
QStringList windowTexts(const MainWindow &window)
{
    QStringList texts;
    const auto add = [&texts](QString text) {
        text.remove(QLatin1Char('&'));
        if (!text.trimmed().isEmpty())
            texts.append(text.trimmed());
    };
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        add(menu->title());
        for (const QAction *action : menu->actions())
            add(action->text());
    }
    for (const QAction *action : window.findChildren<QAction *>()) {
        add(action->text());
        add(action->toolTip());
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        add(dock->windowTitle());
    for (const QToolBar *bar : window.findChildren<QToolBar *>())
        add(bar->windowTitle());
    for (const QLabel *label : window.findChildren<QLabel *>())
        add(label->text());
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        add(button->text());
    for (const QGroupBox *box : window.findChildren<QGroupBox *>())
        add(box->title());
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        add(edit->placeholderText());
    return texts;
}

// The gold graph's window in English, then in Simplified Chinese (the
// translator main() installs, from the resources).
struct TranslatedWindow : GoldWindowFixture
{
    void TearDown() override
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        GoldWindowFixture::TearDown();
    }

    bool switchToChinese()
    {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/guanxi_zh_CN")))
            return false;
        QCoreApplication::installTranslator(m_translator.get());
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        return window->openDatabase(dbPath).has_value() && waitUntilShown();
    }

    std::unique_ptr<QTranslator> m_translator;
};

} // namespace

TEST(Translations, EveryChineseMessageIsTranslated)
{
    const QList<TsMessage> messages = currentMessages(tsPath);
    ASSERT_GT(messages.size(), 200);  // the file was read, not an empty one
    QStringList unfinished;
    for (const TsMessage &message : messages)
        if (!message.isFinished)
            unfinished.append(message.context + QStringLiteral(": ") + message.source);
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.join(QLatin1Char('\n')).toStdString();
}

TEST_F(TranslatedWindow, NoMenuActionDockOrLabelKeepsItsEnglishText)
{
    const QStringList english = windowTexts(*window);
    ASSERT_TRUE(english.contains(QStringLiteral("File")));  // the walk sees the menus
    ASSERT_TRUE(switchToChinese());
    QStringList untranslated;
    const QSet<QString> englishTexts(english.cbegin(), english.cend());
    // File → Recent databases lists the database by its file name, its path as tooltip.
    const QSet<QString> database{dbPath, QFileInfo(dbPath).fileName()};
    for (const QString &text : windowTexts(*window))
        if (englishTexts.contains(text) && !sameInBothLanguages.contains(text) && !database.contains(text))
            untranslated.append(text);
    untranslated.removeDuplicates();
    EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(QLatin1Char('\n')).toStdString();
}
