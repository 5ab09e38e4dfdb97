#!/bin/sh
# Install the unpacked CourseBuilder folder for this user: a menu entry, the .coursebundle file
# type and its icons. Run from the unpacked folder: sh CourseBuilder/share/install.sh
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/mime/packages" "$data/icons/hicolor/512x512/apps" "$data/icons/hicolor/512x512/mimetypes"
ln -sf "$here/CourseBuilder" "$HOME/.local/bin/coursebuilder"
cp "$here/share/coursebuilder.desktop" "$data/applications/coursebuilder.desktop"
cp "$here/share/coursebuilder-mime.xml" "$data/mime/packages/coursebuilder.xml"
cp "$here/share/coursebuilder.png" "$data/icons/hicolor/512x512/apps/coursebuilder.png"
cp "$here/share/coursebundle.png" "$data/icons/hicolor/512x512/mimetypes/application-x-coursebundle.png"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default coursebuilder.desktop application/x-coursebundle || true
echo "CourseBuilder is installed: find it in the applications menu, or run coursebuilder"
