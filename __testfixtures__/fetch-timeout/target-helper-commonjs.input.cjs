const axios = require('axios');

exports.load = async (url, signal) => {
  const { data } = await axios.get(url);
  return data;
};
