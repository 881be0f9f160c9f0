"""Tests of app.model: no Qt, a fresh data folder for each test."""
