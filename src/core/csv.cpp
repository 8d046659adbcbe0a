#include "core/csv.h"

#include <QLocale>
#include <cmath>

namespace sc {

bool csvStartsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case 0xFF1D: // FULLWIDTH EQUALS SIGN
    case 0xFF0B: // FULLWIDTH PLUS SIGN
    case 0xFF0D: // FULLWIDTH HYPHEN-MINUS
    case 0xFF20: // FULLWIDTH COMMERCIAL AT
        return true;
    default: return false;
    }
}

QString csvText(const QString &value)
{
    QString v = value;
    if (csvStartsFormula(v))
        v.prepend(u'\'');
    const bool quote = v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r');
    if (!quote)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

QString csvNumber(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return {};
    if (decimals < 0)
        return QString::number(*value, 'g', QLocale::FloatingPointShortest);
    return QString::number(*value, 'f', decimals);
}

} // namespace sc
