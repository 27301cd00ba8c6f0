#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QImage;
class QWidget;

namespace pm::store
{
class DatabaseSession;
}

namespace pm::ui
{

class MainWindow;

/**
 * `pmconsole --tour DIR`: waits until the database is connected, visits every page, saves a PNG of
 * the real window (the screen's pixels under Xvfb) for each, and quits with a non-zero code when the
 * window never connected or a picture is blank. The end-to-end test and the README's screenshots
 * come from here.
 */
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow* window, pm::store::DatabaseSession* session, const QString& outputDir,
                   int connectTimeoutMs, QObject* parent = nullptr);

    void start();

    /// Fewer distinct colours than this means the picture shows nothing.
    static constexpr int MinimumColours = 8;
    static int distinctColours(const QImage& image, int stopAt);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void visit(int page);
    bool hasData(int page) const;
    void waitForData(int page, int waitedMs);
    void outbox(int waitedMs);
    void exportWithCode();
    void typeCode(int waitedMs);
    void waitForExport(int waitedMs);
    void auditAfterExport(int waitedMs);
    void finish();
    bool save(QWidget* widget, const QString& name);
    void fail(int code, const QString& why);

    QPointer<MainWindow> m_window;
    pm::store::DatabaseSession* m_session;
    QDir m_dir;
    int m_connectTimeoutMs;
    bool m_started = false;
    QStringList m_saved;
    int m_mailsBefore = 0; ///< outbox size before the export asked for a code
    QString m_exportPath;
};

} // namespace pm::ui
