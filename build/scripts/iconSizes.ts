/** The sizes of the Linux icon set in build/icons/ (what AppImage and deb install into the hicolor theme). */
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;
