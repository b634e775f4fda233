const axios = require('axios');
const { timeoutSignal, anySignal } = require('#lib/abort');

exports.load = async (url, signal) => {
  const { data } = await axios.get(url, { signal: signal ? anySignal([signal, timeoutSignal(10_000)]) : timeoutSignal(10_000) });
  return data;
};
