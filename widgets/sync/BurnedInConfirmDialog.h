#pragma once

#include "SyncIssue.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace kenshu {

// Asks the user to confirm that a held study's images show no patient data burned into the
// pixels (names, IDs, dates written on the image by the modality), before they are uploaded.
// De-identification cannot remove such text: only a person looking at the images can. The
// series are listed with the reason each was held; "Upload" stays disabled until the user
// ticks that they looked at every image.
class BurnedInConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnedInConfirmDialog)

public:
    explicit BurnedInConfirmDialog(const SyncIssue& issue, QWidget* parent = nullptr);

    const SyncIssue& issue() const { return m_issue; }

private:
    SyncIssue m_issue;
    QCheckBox* m_looked = nullptr;
    QPushButton* m_upload = nullptr;
};

} // namespace kenshu
