// Screenshots from widget tests, for people to look at: saved only when KENSHU_SHOTS_DIR is set.
#pragma once

#include <QDir>
#include <QLocale>
#include <QWidget>

namespace kenshu::test {

inline void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KENSHU_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + u'-' + QLocale().name() + u".png"));
}

} // namespace kenshu::test
