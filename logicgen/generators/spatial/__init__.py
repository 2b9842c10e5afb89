"""Spatial families: mirror images, turns and cube nets."""
