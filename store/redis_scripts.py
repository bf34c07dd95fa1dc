"""The Lua scripts of store/redis_store.py: each runs atomically inside Redis.

Every script gets the key prefix as ARGV[1] and builds its keys from it (the layout is in
redis_store.py), so the store suits a standalone Redis (with or without replicas), not
Redis Cluster. Timestamps travel as Python's repr of a float; Redis parses them exactly.
"""

from __future__ import annotations

PRELUDE = """
local P = ARGV[1]
local function run(k) return P .. 'run:' .. k end
local function forget(k)
  local h = run(k)
  local code = redis.call('HGET', h, 'class_code')
  if code and code ~= '' then redis.call('ZREM', P .. 'class:' .. code .. ':finished', k) end
  redis.call('ZREM', P .. 'runs:running', k)
  redis.call('ZREM', P .. 'runs:ended', k)
  redis.call('ZREM', P .. 'runs:finished', k)
  redis.call('DEL', h, h .. ':events', h .. ':weights', h .. ':viewers')
end
"""

# ARGV: P, key, settings, owner, class_code, now -> 1 claimed, 0 running or finished already
CLAIM = """
local h = run(ARGV[2])
local state = redis.call('HGET', h, 'state')
if state and state ~= 'failed' and state ~= 'stopped' then return 0 end
forget(ARGV[2])
redis.call('HSET', h, 'state', 'running', 'settings', ARGV[3], 'owner', ARGV[4], 'class_code', ARGV[5],
           'started', ARGV[6], 'heartbeat', ARGV[6], 'metrics', '{}', 'events', 0)
redis.call('ZADD', P .. 'runs:running', ARGV[6], ARGV[2])
return 1
"""

# ARGV: P, key, event... -> the new number of events, -1 if the run is not running.
# Event n gets the stream id 0-n, so a reader's cursor n is XRANGE's start 0-(n+1).
APPEND = """
local h = run(ARGV[2])
if redis.call('HGET', h, 'state') ~= 'running' then return -1 end
local n = tonumber(redis.call('HGET', h, 'events'))
for i = 3, #ARGV do
  n = n + 1
  redis.call('XADD', h .. ':events', '0-' .. n, 'e', ARGV[i])
end
redis.call('HSET', h, 'events', n)
return n
"""

# ARGV: P, key, now -> 1 alive, 0 not running
HEARTBEAT = """
local h = run(ARGV[2])
if redis.call('HGET', h, 'state') ~= 'running' then return 0 end
if tonumber(ARGV[3]) > tonumber(redis.call('HGET', h, 'heartbeat')) then
  redis.call('HSET', h, 'heartbeat', ARGV[3])
  redis.call('ZADD', P .. 'runs:running', ARGV[3], ARGV[2])
end
return 1
"""

# ARGV: P, key, state, metrics, now, has_weights ('1'/'0'), weights -> 1 ended, 0 was not running
FINISH = """
local h = run(ARGV[2])
if redis.call('HGET', h, 'state') ~= 'running' then return 0 end
redis.call('HSET', h, 'state', ARGV[3], 'metrics', ARGV[4], 'finished', ARGV[5])
redis.call('ZREM', P .. 'runs:running', ARGV[2])
redis.call('ZADD', P .. 'runs:ended', ARGV[5], ARGV[2])
if ARGV[3] == 'finished' then
  redis.call('ZADD', P .. 'runs:finished', ARGV[5], ARGV[2])
  local code = redis.call('HGET', h, 'class_code')
  if code and code ~= '' then redis.call('ZADD', P .. 'class:' .. code .. ':finished', ARGV[5], ARGV[2]) end
end
if ARGV[6] == '1' then redis.call('SET', h .. ':weights', ARGV[7]) end
return 1
"""

# ARGV: P, now, cutoff -> how many running runs with a heartbeat before cutoff became failed
ABANDON = """
local stale = redis.call('ZRANGEBYSCORE', P .. 'runs:running', '-inf', '(' .. ARGV[3])
for _, k in ipairs(stale) do
  redis.call('HSET', run(k), 'state', 'failed', 'finished', ARGV[2])
  redis.call('ZREM', P .. 'runs:running', k)
  redis.call('ZADD', P .. 'runs:ended', ARGV[2], k)
end
return #stale
"""

# ARGV: P, cutoff, max_runs -> how many ended runs were dropped (ties: the lower key goes first)
PRUNE = """
local ended = P .. 'runs:ended'
local n = 0
for _, k in ipairs(redis.call('ZRANGEBYSCORE', ended, '-inf', '(' .. ARGV[2])) do forget(k); n = n + 1 end
local extra = redis.call('ZCARD', ended) - tonumber(ARGV[3])
if extra > 0 then
  for _, k in ipairs(redis.call('ZRANGE', ended, 0, extra - 1)) do forget(k); n = n + 1 end
end
return n
"""

# ARGV: P, key
DELETE = """
forget(ARGV[2])
return 1
"""

# ARGV: P, code, now, ttl_ms -> 1 opened, 0 the code is taken
OPEN_CLASS = """
local h = P .. 'class:' .. ARGV[2]
if redis.call('EXISTS', h) == 1 then return 0 end
redis.call('HSET', h, 'opened', ARGV[3], 'revealed', '0')
redis.call('PEXPIRE', h, ARGV[4])
return 1
"""

# ARGV: P, code, question_id, choices, ttl_ms -> 1 set, 0 no such class
SET_QUESTION = """
local h = P .. 'class:' .. ARGV[2]
if redis.call('EXISTS', h) == 0 then return 0 end
local a = h .. ':answers'
local q = redis.call('HMGET', h, 'question_id', 'choices')
if q[1] ~= ARGV[3] or q[2] ~= ARGV[4] then
  redis.call('DEL', a)
  redis.call('HSET', h, 'question_id', ARGV[3], 'choices', ARGV[4], 'revealed', '0')
end
redis.call('PEXPIRE', h, ARGV[5])
redis.call('PEXPIRE', a, ARGV[5])
return 1
"""

# ARGV: P, code -> 1 revealed, 0 no current question
REVEAL = """
local h = P .. 'class:' .. ARGV[2]
if not redis.call('HGET', h, 'question_id') then return 0 end
redis.call('HSET', h, 'revealed', '1')
return 1
"""

# ARGV: P, code, question_id, student, choice -> 1 recorded, 0 not the current question,
# -choices if the choice is out of range (the caller raises with that number)
ANSWER = """
local h = P .. 'class:' .. ARGV[2]
local q = redis.call('HMGET', h, 'question_id', 'choices')
if q[1] ~= ARGV[3] then return 0 end
local choices = tonumber(q[2])
local choice = tonumber(ARGV[5])
if choice < 0 or choice >= choices then return -choices end
local a = h .. ':answers'
redis.call('HSET', a, ARGV[4], ARGV[5])
local ttl = redis.call('PTTL', h)
if ttl > 0 then redis.call('PEXPIRE', a, ttl) end
return 1
"""

# ARGV: P, code, question_id -> answers per choice, {} if it is not the current question
COUNTS = """
local h = P .. 'class:' .. ARGV[2]
local q = redis.call('HMGET', h, 'question_id', 'choices')
if q[1] ~= ARGV[3] then return {} end
local counts = {}
for i = 1, tonumber(q[2]) do counts[i] = 0 end
for _, v in ipairs(redis.call('HVALS', h .. ':answers')) do
  local c = tonumber(v) + 1
  counts[c] = counts[c] + 1
end
return counts
"""

SCRIPTS = {
    "claim": CLAIM, "append": APPEND, "heartbeat": HEARTBEAT, "finish": FINISH, "abandon": ABANDON,
    "prune": PRUNE, "delete": DELETE, "open_class": OPEN_CLASS, "set_question": SET_QUESTION,
    "reveal": REVEAL, "answer": ANSWER, "counts": COUNTS,
}  # fmt: skip
