// Databases the viewer cannot open (issue 6), opened as a user does: File →
// Open database… (MainWindow::openDatabaseFromUser, what the menu calls with
// the file dialog's path) or at start-up. Each time the user is told why,
// naming the file, the file keeps its bytes, and the window goes on: on the
// database it had, or on another one. A database the user may only read opens
// with File → Open database read-only…, where nothing can be imported or edited.

#include "../../support/asordinaryuser.h"
#include "commands/curationcontroller.h"
#include "dialoganswerer.h"
#include "guitestsupport.h"

#include <QAction>
#include <QDir>
#include <QRandomGenerator>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

const QString CannotOpen = QStringLiteral("Cannot open the database");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray randomBytes(qsizetype size)
{
    QRandomGenerator random(6);  // the same bytes every run
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// A whole Guanxi database holding the sample's gold graph, its WAL folded back
// into the file (as closing the last connection does), so its bytes are all of it.
void writeGoldDatabase(const QString &path)
{
    auto store = GraphStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().toString().toStdString();
    ASSERT_TRUE((*store)->ingest(sampleGoldGraph()).has_value());
}

bool hasWalFiles(const QString &path)
{
    return QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm"));
}

QAction *menuAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

// What the window reported (MainWindow::setErrorReporter): no modal loop to answer.
struct ReportedErrors
{
    void attach(MainWindow &window)
    {
        window.setErrorReporter([this](const QString &title, const QString &text) { messages.append({title, text}); });
    }
    QList<DialogAnswerer::Message> messages;
};

// A window on the gold graph whose user opens another database from the File menu.
struct OpenDatabaseFixture : GoldWindowFixture
{
    void SetUp() override
    {
        GoldWindowFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        reported.attach(*window);
        // `nobody` must reach the files below the test's folder (QTemporaryDir makes it 0700).
        // Group too: the switched process keeps root's supplementary group, which owns the folder.
        ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                          | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                          | QFile::ExeOther));
    }

    // One report said why naming `path`; `path` kept its bytes and got no WAL
    // files; the window still shows and queries the database it had.
    void expectRefusedAndWindowUsable(const QString &path, const QByteArray &before, const QString &why)
    {
        ASSERT_EQ(reported.messages.size(), 1);
        const DialogAnswerer::Message &message = reported.messages.first();
        EXPECT_EQ(message.title, CannotOpen);
        EXPECT_TRUE(message.text.contains(path)) << message.text.toStdString();
        EXPECT_TRUE(message.text.contains(why, Qt::CaseInsensitive)) << message.text.toStdString();
        EXPECT_EQ(readFile(path), before);
        EXPECT_FALSE(hasWalFiles(path));

        EXPECT_EQ(window->databasePath(), dbPath);
        EXPECT_FALSE(window->isReadOnly());
        EXPECT_FALSE(window->scene()->nodeItems().isEmpty());
        EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
        window->refresh();
        EXPECT_TRUE(waitUntilShown());
        EXPECT_EQ(reported.messages.size(), 1);
    }

    ReportedErrors reported;
};

} // namespace

TEST_F(OpenDatabaseFixture, RandomBytesAreRefusedAndTheWindowKeepsItsDatabase)
{
    const QString path = dir.filePath(QStringLiteral("random.db"));
    const QByteArray bytes = randomBytes(64 * 1024);
    writeFile(path, bytes);
    EXPECT_FALSE(window->openDatabaseFromUser(path));
    expectRefusedAndWindowUsable(path, bytes, QStringLiteral("not a Guanxi database"));
}

TEST_F(OpenDatabaseFixture, TruncatedDatabaseIsRefusedAndTheWindowKeepsItsDatabase)
{
    const QString path = dir.filePath(QStringLiteral("cut.db"));
    writeGoldDatabase(path);
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 16 * 1024);
    bytes.truncate(bytes.size() / 2);  // a copy that stopped halfway
    writeFile(path, bytes);
    EXPECT_FALSE(window->openDatabaseFromUser(path));
    expectRefusedAndWindowUsable(path, bytes, QStringLiteral("damaged"));
}

TEST_F(OpenDatabaseFixture, TextFileNamedDbIsRefusedAndTheWindowKeepsItsDatabase)
{
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    const QByteArray bytes = QByteArray("These are my notes, not a database.\n").repeated(100);
    writeFile(path, bytes);
    EXPECT_FALSE(window->openDatabaseFromUser(path));
    expectRefusedAndWindowUsable(path, bytes, QStringLiteral("not a Guanxi database"));
}

TEST_F(OpenDatabaseFixture, NewerSchemaIsRefusedAndTheWindowKeepsItsDatabase)
{
    const QString path = dir.filePath(QStringLiteral("future.db"));
    writeGoldDatabase(path);
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 100);
    // The header's user_version (offset 60, big-endian): what a newer Guanxi writes.
    qToBigEndian<quint32>(999, bytes.data() + 60);
    writeFile(path, bytes);
    EXPECT_FALSE(window->openDatabaseFromUser(path));
    expectRefusedAndWindowUsable(path, bytes, QStringLiteral("newer"));
    EXPECT_TRUE(reported.messages.first().text.contains(QStringLiteral("999")));
}

// The message names what the user can do: File → Open database read-only….
TEST_F(OpenDatabaseFixture, ReadOnlyFileIsRefusedAndTheWindowKeepsItsDatabase)
{
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    writeGoldDatabase(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray bytes = readFile(path);
    {
        AsOrdinaryUser user;
        ASSERT_FALSE(QFileInfo(path).isWritable());
        EXPECT_FALSE(window->openDatabaseFromUser(path));
    }
    expectRefusedAndWindowUsable(path, bytes, QStringLiteral("not writable"));
    EXPECT_TRUE(reported.messages.first().text.contains(QStringLiteral("read-only")));
}

TEST_F(OpenDatabaseFixture, DatabaseInAReadOnlyFolderIsRefusedAndTheWindowKeepsItsDatabase)
{
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/guanxi.db");
    writeGoldDatabase(path);
    // The file itself is the user's to write; only the folder (where the -wal goes) is not.
    if (AsOrdinaryUser::isRoot()) {
        ASSERT_EQ(::chown(QFile::encodeName(path).constData(), AsOrdinaryUser::Nobody, AsOrdinaryUser::Nobody), 0);
    }
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                  | QFile::ReadOther | QFile::ExeOther));
    const QByteArray bytes = readFile(path);
    {
        AsOrdinaryUser user;
        ASSERT_TRUE(QFileInfo(path).isWritable());
        ASSERT_FALSE(QFileInfo(folder).isWritable());
        EXPECT_FALSE(window->openDatabaseFromUser(path));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);  // lets dir clean up
    expectRefusedAndWindowUsable(path, bytes, QStringLiteral("The folder %1 is not writable").arg(folder));
    EXPECT_TRUE(reported.messages.first().text.contains(QStringLiteral("read-only")));
}

// What that refusal offers: read-only, the database in a read-only folder is shown (no -wal made there).
TEST_F(OpenDatabaseFixture, DatabaseInAReadOnlyFolderOpensReadOnly)
{
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/guanxi.db");
    writeGoldDatabase(path);
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                  | QFile::ReadOther | QFile::ExeOther));
    const QByteArray bytes = readFile(path);
    bool opened = false;
    {
        AsOrdinaryUser user;
        opened = window->openDatabaseFromUser(path, GraphStore::OpenMode::ReadOnly);
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);  // lets dir clean up
    ASSERT_TRUE(opened) << (reported.messages.isEmpty() ? std::string() : reported.messages.first().text.toStdString());
    EXPECT_TRUE(window->isReadOnly());
    EXPECT_TRUE(waitUntilShown());
    EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
    EXPECT_EQ(readFile(path), bytes);
    EXPECT_FALSE(hasWalFiles(path));
}

// What the refusal above offers: the same file opens read-only, is shown, and keeps its bytes.
TEST_F(OpenDatabaseFixture, ReadOnlyFileOpensReadOnlyAndKeepsItsBytes)
{
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    writeGoldDatabase(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray bytes = readFile(path);
    {
        AsOrdinaryUser user;
        EXPECT_TRUE(window->openDatabaseFromUser(path, GraphStore::OpenMode::ReadOnly));
    }
    EXPECT_TRUE(reported.messages.isEmpty());
    EXPECT_EQ(window->databasePath(), path);
    EXPECT_TRUE(window->isReadOnly());
    EXPECT_TRUE(waitUntilShown());
    EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
    EXPECT_EQ(readFile(path), bytes);
    EXPECT_FALSE(hasWalFiles(path));
}

// Opening another database clears the scene; a node still selected then must not crash it.
TEST_F(OpenDatabaseFixture, AnotherDatabaseOpensWhileANodeIsSelected)
{
    const QString path = dir.filePath(QStringLiteral("copy.db"));
    writeGoldDatabase(path);
    ASSERT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
    ASSERT_FALSE(window->scene()->selectedItems().isEmpty());
    EXPECT_TRUE(window->openDatabaseFromUser(path));
    EXPECT_EQ(window->databasePath(), path);
    EXPECT_TRUE(waitUntilShown());
}

TEST_F(OpenDatabaseFixture, ReadOnlyWindowDisablesImportAndEdits)
{
    QAction *import = menuAction(window.get(), QStringLiteral("&Import articles…"));
    ASSERT_NE(import, nullptr);
    ASSERT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
    ASSERT_TRUE(import->isEnabled());
    ASSERT_TRUE(window->curation()->renameAction()->isEnabled());

    const QString path = dir.filePath(QStringLiteral("copy.db"));
    writeGoldDatabase(path);
    ASSERT_TRUE(window->openDatabaseFromUser(path, GraphStore::OpenMode::ReadOnly));
    ASSERT_TRUE(waitUntilShown());
    ASSERT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
    EXPECT_FALSE(import->isEnabled());
    EXPECT_FALSE(window->curation()->renameAction()->isEnabled());
    EXPECT_FALSE(window->curation()->deleteAction()->isEnabled());
}

// A drop or FILES on the command line reach importFiles() without the menu:
// it refuses too, though the file itself could be written.
TEST_F(OpenDatabaseFixture, ImportIntoAReadOnlyWindowIsRefusedAndTheFileKeepsItsBytes)
{
    const QString path = dir.filePath(QStringLiteral("copy.db"));
    writeGoldDatabase(path);
    const QByteArray bytes = readFile(path);
    ASSERT_TRUE(window->openDatabaseFromUser(path, GraphStore::OpenMode::ReadOnly));
    ASSERT_TRUE(waitUntilShown());
    const QString article = dir.filePath(QStringLiteral("article.txt"));
    writeFile(article, QStringLiteral("林海于2022年创立星河智能。\n").toUtf8());
    window->importFiles({article}, QDate(2024, 1, 1));
    EXPECT_FALSE(window->isBusy());  // no import job started
    ASSERT_EQ(reported.messages.size(), 1);
    const QString text = reported.messages.first().text;
    EXPECT_TRUE(text.contains(path) && text.contains(QStringLiteral("read-only"))) << text.toStdString();
    EXPECT_EQ(readFile(path), bytes);
    EXPECT_FALSE(hasWalFiles(path));
}

// File → New database… (MainWindow::createDatabaseFromUser, what the menu
// calls with the file dialog's path): a new, empty database that never costs
// the user a stored one.

TEST_F(OpenDatabaseFixture, NewDatabaseOpensEmptyAndLeavesTheOldOneWhole)
{
    const QByteArray before = readFile(dbPath);
    const QString path = dir.filePath(QStringLiteral("fresh.db"));
    EXPECT_TRUE(window->createDatabaseFromUser(path));
    EXPECT_TRUE(reported.messages.isEmpty());
    EXPECT_EQ(window->databasePath(), path);
    EXPECT_FALSE(window->isReadOnly());
    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store.has_value()) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->stats()->entities, 0);
    EXPECT_EQ(readFile(dbPath), before);
}

// The open database chosen as "new": refused, not deleted from under the window.
TEST_F(OpenDatabaseFixture, NewDatabaseOverTheOpenOneIsRefusedAndItKeepsItsData)
{
    const auto storedEntities = [&] {
        auto store = GraphStore::open(dbPath, GraphStore::OpenMode::ReadOnly);
        return store ? (*store)->stats()->entities : -1;
    };
    const auto before = storedEntities();
    ASSERT_GT(before, 0);
    EXPECT_FALSE(window->createDatabaseFromUser(dbPath));
    ASSERT_EQ(reported.messages.size(), 1);
    const DialogAnswerer::Message &message = reported.messages.first();
    EXPECT_EQ(message.title, QStringLiteral("Cannot create the database"));
    EXPECT_TRUE(message.text.contains(dbPath)) << message.text.toStdString();
    EXPECT_TRUE(message.text.contains(QStringLiteral("open in this window"))) << message.text.toStdString();
    EXPECT_EQ(window->databasePath(), dbPath);
    EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
    EXPECT_EQ(storedEntities(), before);
}

// Another stored database chosen as "new" keeps its bytes and its -wal (which
// may hold the last writes): the user is told to pick another name or open it.
TEST_F(OpenDatabaseFixture, NewDatabaseOverAnExistingOneIsRefusedAndLeavesItByteIdentical)
{
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeGoldDatabase(path);
    const QByteArray bytes = readFile(path);
    const QByteArray wal("not really a WAL, but the user's");
    writeFile(path + QStringLiteral("-wal"), wal);
    EXPECT_FALSE(window->createDatabaseFromUser(path));
    ASSERT_EQ(reported.messages.size(), 1);
    const QString text = reported.messages.first().text;
    EXPECT_TRUE(text.contains(path) && text.contains(QStringLiteral("already exists"))) << text.toStdString();
    EXPECT_EQ(readFile(path), bytes);
    EXPECT_EQ(readFile(path + QStringLiteral("-wal")), wal);
    EXPECT_EQ(window->databasePath(), dbPath);
    EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
}

// A deleted database's -wal and -shm left beside its name, holding its last
// writes: the new database must come out empty and whole, not as the old one.
TEST_F(OpenDatabaseFixture, NewDatabaseWhereAWalWasLeftComesOutEmpty)
{
    const QString path = dir.filePath(QStringLiteral("reused.db"));
    const QString stale = dir.filePath(QStringLiteral("stale"));
    {
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store.has_value()) << store.error().toString().toStdString();
        ASSERT_TRUE((*store)->ingest(sampleGoldGraph()).has_value());
        // Copied while open: closing the last connection folds the WAL back and deletes it.
        ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), stale + QStringLiteral("-wal")));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-shm"), stale + QStringLiteral("-shm")));
    }
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QFile::rename(stale + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::rename(stale + QStringLiteral("-shm"), path + QStringLiteral("-shm")));

    EXPECT_TRUE(window->createDatabaseFromUser(path));
    EXPECT_TRUE(reported.messages.isEmpty())
        << (reported.messages.isEmpty() ? std::string() : reported.messages.first().text.toStdString());
    EXPECT_EQ(window->databasePath(), path);
    window.reset();  // closes the new database, as quitting would
    auto store = GraphStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->stats()->entities, 0);
}

// Creation fails (a folder the user may not write): reported, and the window
// keeps the database it had rather than ending with none.
TEST_F(OpenDatabaseFixture, NewDatabaseThatCannotBeCreatedLeavesTheWindowOnItsDatabase)
{
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                  | QFile::ReadOther | QFile::ExeOther));
    const QString path = folder + QStringLiteral("/new.db");
    {
        AsOrdinaryUser user;
        EXPECT_FALSE(window->createDatabaseFromUser(path));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);  // lets dir clean up
    ASSERT_EQ(reported.messages.size(), 1);
    const QString text = reported.messages.first().text;
    EXPECT_TRUE(text.contains(path) && text.contains(QStringLiteral("not writable"))) << text.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(window->databasePath(), dbPath);
    EXPECT_FALSE(window->isReadOnly());
    EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
}

namespace {

// A window before its first database, as main() builds it: the database it
// starts on may be unusable; `fallback` (the default one in main()) holds the gold graph.
struct StartupDatabaseFixture : ::testing::Test
{
    void SetUp() override
    {
        ensureApplication();
        ASSERT_TRUE(dir.isValid());
        fallback = dir.filePath(QStringLiteral("default/guanxi.db"));
        ASSERT_TRUE(QDir().mkpath(QFileInfo(fallback).absolutePath()));
        writeGoldDatabase(fallback);
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        reported.attach(*window);
    }

    void TearDown() override
    {
        window.reset();
        removeSettings();
    }

    bool waitUntilShown()
    {
        return QTest::qWaitFor([&] { return !window->isBusy() && !window->scene()->nodeItems().isEmpty(); }, 30000);
    }

    QString randomDatabase(const QString &name = QStringLiteral("random.db"))
    {
        const QString path = dir.filePath(name);
        writeFile(path, randomBytes(32 * 1024));
        return path;
    }

    QTemporaryDir dir;
    QString fallback;
    ReportedErrors reported;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(StartupDatabaseFixture, UsableDatabaseOpensWithoutAMessage)
{
    const QString path = dir.filePath(QStringLiteral("mine.db"));
    writeGoldDatabase(path);
    window->show();
    EXPECT_TRUE(window->openStartupDatabase(path, fallback));
    EXPECT_EQ(window->databasePath(), path);
    EXPECT_TRUE(waitUntilShown());
    EXPECT_TRUE(reported.messages.isEmpty());
}

TEST_F(StartupDatabaseFixture, DamagedDatabaseIsReportedAndTheFallbackOpened)
{
    const QString path = randomDatabase();
    const QByteArray bytes = readFile(path);
    window->show();
    EXPECT_FALSE(window->openStartupDatabase(path, fallback));
    ASSERT_EQ(reported.messages.size(), 1);
    const DialogAnswerer::Message &message = reported.messages.first();
    EXPECT_EQ(message.title, CannotOpen);
    EXPECT_TRUE(message.text.contains(path)) << message.text.toStdString();
    EXPECT_TRUE(message.text.contains(fallback + QStringLiteral(" instead"))) << message.text.toStdString();
    EXPECT_EQ(window->databasePath(), fallback);
    EXPECT_TRUE(waitUntilShown());
    EXPECT_EQ(readFile(path), bytes);
}

// main() opens the database before it shows the window: the dialog must not
// be lost. The real message box, answered as a user would.
TEST_F(StartupDatabaseFixture, ReportOfAHiddenWindowAppearsOnceItIsShown)
{
    window->setErrorReporter({});
    DialogAnswerer answerer;
    const QString path = randomDatabase();
    EXPECT_FALSE(window->openStartupDatabase(path, fallback));
    window->show();
    ASSERT_TRUE(answerer.waitForMessages(1, 10000));
    EXPECT_EQ(answerer.messages().first().title, CannotOpen);
    EXPECT_TRUE(answerer.messages().first().text.contains(path));
}

// A remembered database on a drive no longer mounted: not recreated empty there.
TEST_F(StartupDatabaseFixture, MissingFolderIsReportedAndNotCreated)
{
    const QString folder = dir.filePath(QStringLiteral("unmounted"));
    const QString path = folder + QStringLiteral("/guanxi.db");
    window->show();
    EXPECT_FALSE(window->openStartupDatabase(path, fallback));
    ASSERT_EQ(reported.messages.size(), 1);
    const QString text = reported.messages.first().text;
    EXPECT_TRUE(text.contains(path)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("does not exist"))) << text.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_EQ(window->databasePath(), fallback);
}

// Neither the start-up database nor the default one opens. main() goes on as
// here (no import, the window shown): the user is told that none is open, and
// the window takes another database from the File menu.
TEST_F(StartupDatabaseFixture, NoUsableFallbackLeavesNoDatabaseOpenAndTheWindowUsable)
{
    const QString path = randomDatabase();
    writeFile(fallback, randomBytes(16 * 1024));
    const QByteArray fallbackBytes = readFile(fallback);
    window->show();
    EXPECT_FALSE(window->openStartupDatabase(path, fallback));
    window->importSampleIfEmpty();
    ASSERT_EQ(reported.messages.size(), 1);
    const QString text = reported.messages.first().text;
    EXPECT_TRUE(text.contains(path)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("No database is open"))) << text.toStdString();
    EXPECT_TRUE(window->databasePath().isEmpty());
    EXPECT_EQ(readFile(fallback), fallbackBytes);

    QAction *import = menuAction(window.get(), QStringLiteral("&Import articles…"));
    ASSERT_NE(import, nullptr);
    EXPECT_FALSE(import->isEnabled());
    EXPECT_FALSE(window->isBusy());
    EXPECT_FALSE(window->searchAndSelect(QStringLiteral("OpenAI")));
    window->refresh();

    const QString other = dir.filePath(QStringLiteral("other.db"));
    writeGoldDatabase(other);
    EXPECT_TRUE(window->openDatabaseFromUser(other));
    EXPECT_TRUE(waitUntilShown());
    EXPECT_TRUE(import->isEnabled());
    EXPECT_EQ(reported.messages.size(), 1);
}

// `guanxi --db FILE` on a file the user may only read: shown read-only, no
// dialog, nothing written; the next start tries read-write again.
TEST_F(StartupDatabaseFixture, ReadOnlyFileOpensReadOnlyWithoutFallingBack)
{
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    writeGoldDatabase(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                      | QFile::ExeOther));
    const QByteArray bytes = readFile(path);
    window->show();
    bool opened = false;
    {
        AsOrdinaryUser user;
        opened = window->openStartupDatabase(path, fallback);
    }
    EXPECT_TRUE(opened);
    EXPECT_TRUE(reported.messages.isEmpty())
        << (reported.messages.isEmpty() ? std::string() : reported.messages.first().text.toStdString());
    EXPECT_EQ(window->databasePath(), path);
    EXPECT_TRUE(window->isReadOnly());
    EXPECT_TRUE(waitUntilShown());
    EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
    EXPECT_FALSE(QSettings().value(QStringLiteral("databaseReadOnly")).toBool());
    EXPECT_EQ(readFile(path), bytes);
    EXPECT_FALSE(hasWalFiles(path));
}
