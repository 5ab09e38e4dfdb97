"""Media work with Pillow: sniffing, probing, derived images and thumbnails."""
