#pragma once

#include "SyncIssue.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace kenshu {

// The changes sync could not deliver as they are: conflicts (both versions kept) and refusals
// (the server's reason). Opening one asks for it to be shown (openSyncIssue): the side-by-side
// view connects there.
class SyncIssueList final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIssueList)

public:
    explicit SyncIssueList(QWidget* parent = nullptr);

    void setIssues(const QList<SyncIssue>& issues);
    QList<SyncIssue> issues() const { return m_issues; }
    // One line per issue, as shown.
    QStringList lines() const;

signals:
    void openSyncIssue(const kenshu::SyncIssue& issue);

private:
    void openCurrent();

    QListWidget* m_list = nullptr;
    QList<SyncIssue> m_issues;
};

} // namespace kenshu
