# The nn-explainer app for a classroom server. Build: docker build -t nn-explainer .
# Run:   docker run -p 8501:8501 -e STREAMLIT_SERVER_COOKIE_SECRET=<long random string> nn-explainer
# See docs/deploy.md (one machine, several replicas, nginx, Kubernetes).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A fixed non-root user (uid 10001) that owns nothing but its home.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --create-home --home-dir /home/app app

WORKDIR /app

# jemalloc: deploy/serve.py restarts itself with it as the allocator of everything, so the
# memory of a class that has left goes back to the system (docs/deploy.md).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libjemalloc2 \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, so code changes do not reinstall TensorFlow.
COPY requirements.txt .
RUN pip install -r requirements.txt

# The app, read-only for the app user (root owns the files), compiled here: the app user
# cannot write __pycache__, and without it every start compiles ~150 modules again (~0.1 s
# of the first page a server shows).
COPY . .
RUN python -m compileall -q .

# Production settings. .streamlit/config.toml (copied above) already holds the production
# config: no file watcher, no post-run GC, 10 MB uploads, XSRF on, no error details.
# Environment variables win over it; these make the container's intent explicit.
ENV STREAMLIT_SERVER_HEADLESS=true \
    STREAMLIT_SERVER_ADDRESS=0.0.0.0 \
    STREAMLIT_SERVER_PORT=8501 \
    STREAMLIT_SERVER_FILE_WATCHER_TYPE=none \
    STREAMLIT_SERVER_RUN_ON_SAVE=false \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=none \
    STREAMLIT_SERVER_ENABLE_XSRF_PROTECTION=true \
    EXPLAINER_PRELOAD_TF=1 \
    MALLOC_ARENA_MAX=2 \
    TF_CPP_MIN_LOG_LEVEL=2 \
    HOME=/home/app

USER app
EXPOSE 8501

# slim has no curl: ask the server with Python's urllib. start-period covers the TF preload.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"]

# deploy/serve.py = `streamlit run streamlit_app.py` with TCP_NODELAY on each connection
# (without it every rerun waits ~40 ms for a delayed ACK; see docs/deploy.md).
CMD ["python", "deploy/serve.py"]
