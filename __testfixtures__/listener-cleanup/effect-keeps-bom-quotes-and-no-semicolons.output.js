import { useEffect } from "react"

export function useOnline(onChange) {
  useEffect(() => {
    const handleOnline = () => onChange(true)
    window.addEventListener("online", handleOnline)
    const handleOffline = () => onChange(false)
    window.addEventListener("offline", handleOffline)
    return () => {
      window.removeEventListener("online", handleOnline)
      window.removeEventListener("offline", handleOffline)
    }
  }, [onChange])
}
