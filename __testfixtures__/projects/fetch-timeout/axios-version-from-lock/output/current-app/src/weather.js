import axios from 'axios'

// axios 1.x honours `signal`: the deadline is a timeout signal.
export function loadForecast(city) {
  return axios.get('https://weather.example.com/forecast', { params: { city }, signal: AbortSignal.timeout(10_000) }).then((res) => res.data)
}

