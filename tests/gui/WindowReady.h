#pragma once

#include "MainWindow.h"
#include "items/UsersTableModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QTest>
#include <memory>

// Opens a file in the window's workspace, as File › Open does, and waits for its answer (the
// file is opened on a thread of its own). False, with the sentence the person would read, when
// it is refused; the window then keeps what it had.
inline bool openAndWait(MainWindow &window, const QString &path, QString *error,
                        int timeoutMs = 60000)
{
    struct Answer
    {
        bool given = false;
        WorkspaceFailure failure;
    };
    auto answer = std::make_shared<Answer>();
    window.workspace()->openFile(path, &window, [answer](const WorkspaceFailure &failure) {
        answer->given = true;
        answer->failure = failure;
    });
    if (!QTest::qWaitFor([&] { return answer->given; }, timeoutMs)) {
        *error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return false;
    }
    *error = answer->failure.text;
    return answer->failure.ok();
}

// A file answers from its store's worker thread, never while the window waits: after opening
// one, wait until the window shows it (its accounts, its fields as column actions, the first
// page of users).
inline bool waitUntilShown(MainWindow &window, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [&window] {
            const auto *accounts = window.findChild<QComboBox *>(QStringLiteral("accountPicker"));
            bool fields = false;
            for (const QAction *action : window.findChildren<QAction *>()) {
                if (action->objectName().startsWith(QLatin1String("column_")))
                    fields = true;
            }
            return accounts && accounts->count() > 0 && fields &&
                   window.usersModel()->accountId() > 0 && window.usersModel()->isLoaded();
        },
        timeoutMs);
}
