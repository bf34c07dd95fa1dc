"""Placeholder until this page's issue is done."""

import streamlit as st

from ui import t
from ui.page import run


def coming():
    st.info(t("app.coming", what=t("one_hot.blurb")))


run("one_hot", [coming])
