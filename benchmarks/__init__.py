"""Benchmarks: corpus generators and runners that print ratios against floors."""
