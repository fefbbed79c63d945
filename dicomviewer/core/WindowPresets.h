#pragma once

#include "FrameRendering.h"

#include <QList>
#include <QString>

namespace kenshu {

// A named window for a modality, e.g. CT "Lung" (-600, 1500).
struct WindowPreset
{
    QString name; // translated
    VoiWindow window;
};

// The usual presets for a modality (CT has the classic ones; XA, RF and others none, since
// their pixel values carry no fixed units: the file's window and min-max serve there).
QList<WindowPreset> windowPresets(const QString& modality);

} // namespace kenshu
