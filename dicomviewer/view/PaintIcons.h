#pragma once

#include "AnnotationTool.h"

#include <QIcon>

namespace kenshu {

// Small line icons for the paint toolbar, drawn in code so they follow the palette's text
// colour and stay sharp at any scale.
QIcon paintToolIcon(AnnotationToolKind kind, const QColor& ink);
QIcon colourSwatchIcon(const QColor& colour);

} // namespace kenshu
