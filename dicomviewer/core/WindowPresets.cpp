#include "WindowPresets.h"

#include <QCoreApplication>

namespace kenshu {

QList<WindowPreset> windowPresets(const QString& modality)
{
    if (modality != QLatin1StringView("CT"))
        return {};
    const auto preset = [](const char* name, double center, double width) {
        return WindowPreset{QCoreApplication::translate("WindowPresets", name),
                            VoiWindow{center, width}};
    };
    return {
        preset(QT_TRANSLATE_NOOP("WindowPresets", "Brain"), 40, 80),
        preset(QT_TRANSLATE_NOOP("WindowPresets", "Soft tissue"), 40, 400),
        preset(QT_TRANSLATE_NOOP("WindowPresets", "Lung"), -600, 1500),
        preset(QT_TRANSLATE_NOOP("WindowPresets", "Bone"), 300, 1500),
        preset(QT_TRANSLATE_NOOP("WindowPresets", "Mediastinum"), 50, 350),
    };
}

} // namespace kenshu
