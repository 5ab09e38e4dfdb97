#!/usr/bin/env bash
# Sign CourseBuilder.app, rebuild the DMG, notarize and staple it. Runs only in the release
# workflow when the signing secrets are set (see .github/workflows/release.yml).
set -euo pipefail
keychain="$RUNNER_TEMP/signing.keychain-db"
security create-keychain -p "" "$keychain"
security set-keychain-settings "$keychain"
security unlock-keychain -p "" "$keychain"
echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
security list-keychains -d user -s "$keychain"
security set-key-partition-list -S apple-tool:,apple: -s -k "" "$keychain"
codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" dist/CourseBuilder.app
dmg=$(ls dist/CourseBuilder-*.dmg)
rm -f "$dmg"
hdiutil create -volname CourseBuilder -srcfolder dist/CourseBuilder.app -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$dmg"
