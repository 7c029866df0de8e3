"""Turns a company's customer-service principles into a 30-day training site."""
