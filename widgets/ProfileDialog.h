#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kenshu {

class Settings;

// The local profile (member number, name, role) that stands for the signed-in member until
// the client syncs with a server.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(Settings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    Settings& m_settings;
    QLineEdit* m_memberNumber = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
};

} // namespace kenshu
